$ d=$(mktemp -d) && printf 'plan P1 x\n  due soon\n' > "$d/$(printf 'caf\351').plan" && cd "$d" && plancheck --format=json caf*.plan | grep '"file"'; rm -rf "$d"
      "file": "caf�.plan",
? 0
