$ sed -n '/^### Common mistakes and their messages/,/^##/p' ../../../SPEC.md | sed -n 's/^| .* | `\(.*\)` |$/\1/p' | { n=0; while IFS= read -r m; do n=$((n + 1)); grep -qF -- "$m" ../cases/mistake-*.t || echo "not in a test: $m"; done; [ "$n" -gt 0 ] && echo "every message of SPEC's table is in a test"; }
every message of SPEC's table is in a test
? 0
