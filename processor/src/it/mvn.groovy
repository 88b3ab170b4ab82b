// A Maven build run from a verify script, with the Maven that runs the script, the builds' settings and local
// repository; its output is kept beside the build (build-<dir>-<goals>-<n>.log). The builds that must fail
// run this way. Returns [exit status, output]:
//   def mvn = evaluate(new File(repositoryRoot, 'processor/src/it/mvn.groovy'))(basedir, itSettings, itRepository)
//   def (exit, output) = mvn(dir, ['compile'])
return { File basedir, String settings, String repository ->
  return { File dir, List<String> goals ->
    def command = ["${System.getProperty('maven.home')}/bin/mvn".toString(), '-B', '-s', settings,
                   "-Dmaven.repo.local=${repository}".toString()]
    command.addAll(goals)
    def process = new ProcessBuilder(command).directory(dir).redirectErrorStream(true).start()
    def output = process.inputStream.getText('UTF-8')
    int exit = process.waitFor()
    new File(basedir, "build-${dir.name}-${goals.join('-')}-${System.nanoTime()}.log").setText(output, 'UTF-8')
    return [exit, output]
  }
}
