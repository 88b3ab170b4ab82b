// README's fenced block that follows a marker line, for the builds that check that README shows what they run:
// evaluate(new File(repositoryRoot, 'processor/src/it/readme.groovy'))(repositoryRoot, marker, 'xml').
return { repositoryRoot, String marker, String language ->
  def readme = new File(repositoryRoot, 'README.md').getText('UTF-8')
  int at = readme.indexOf(marker)
  assert at >= 0 : "README.md lost the marker line ${marker}"
  int open = readme.indexOf("```${language}\n", at)
  int close = readme.indexOf('\n```', open)
  assert open > 0 && close > open : "no ```${language} block after ${marker} in README.md"
  readme.substring(open + "```${language}\n".length(), close + 1)
}
