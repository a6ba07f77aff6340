#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder image: a JDK 17 and Maven, then the course's tools.
set -euo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
if ! command -v mvn >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null
fi
cd "$root/source/course"
./workshop --version
