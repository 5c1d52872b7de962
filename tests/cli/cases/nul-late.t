$ t=$(mktemp) && { printf 'plan P1 x\n  note '; head -c 9000 /dev/zero | tr '\0' a; printf '\n  note b\0c\n'; } > "$t" && plancheck "$t" > "$t.out"; s=$?; sed "s|$t|NUL|; s/aaaa*/a.../" "$t.out"; rm -f "$t" "$t.out"; exit $s
NUL:3:9: error: NUL byte in text [encoding]
    note b?c
          ^
1 error, 0 warnings in 1 file
? 1
