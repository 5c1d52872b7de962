$ planfmt --check ../../../plans/*.plan ../../../plans/*/*.plan
? 0
