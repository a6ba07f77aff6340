@echo off
rem The course's command line: workshop --help. Builds the course's tools on first use (delete grader\target to rebuild).
setlocal
set "ROOT=%~dp0"
if not exist "%ROOT%grader\target\workshop-classpath.txt" (
  echo workshop: building the course's tools, first use... 1>&2
  call mvn -q -B -Dmaven.compiler.failOnError=false generate-test-sources -f "%ROOT%pom.xml" || exit /b 2
)
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
"%JAVA_CMD%" -Dworkshop.courseRoot="%ROOT%." -cp "%ROOT%grader\target\classes" org.dynamodbworkshop.grader.cli.Bootstrap %*
