@echo off
rem The course's command line: workshop --help. Builds the course's tools on first use; after that the Java launcher
rem rebuilds them when the build files or the shared code change.
setlocal
set "ROOT=%~dp0"
set "JUST_BUILT=false"
if not exist "%ROOT%grader\target\classes\org\dynamodbworkshop\grader\cli\Launcher.class" (
  echo workshop: building the course's tools, first use... 1>&2
  if not exist "%ROOT%grader\target" mkdir "%ROOT%grader\target"
  call mvn -q -B -Dmaven.compiler.failOnError=false generate-test-sources -f "%ROOT%pom.xml" > "%ROOT%grader\target\workshop-build.log" 2>&1 || (echo workshop: the build failed; see grader\target\workshop-build.log 1>&2 & exit /b 2)
  set "JUST_BUILT=true"
)
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
"%JAVA_CMD%" -XX:TieredStopAtLevel=1 -Dworkshop.courseRoot="%ROOT%." -Dworkshop.justBuilt=%JUST_BUILT% -cp "%ROOT%grader\target\classes" org.dynamodbworkshop.grader.cli.Launcher %*
