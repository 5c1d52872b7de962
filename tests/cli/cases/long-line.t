$ t=$(mktemp) && { printf "plan P1 x\n  note "; head -c 1048576 /dev/zero | tr "\0" a; printf "\n  laed x\n"; } > "$t" && plancheck "$t" > "$t.out"; s=$?; sed "s|$t|LONG|" "$t.out"; rm -f "$t" "$t.out"; exit $s
LONG:1:1: note: this file is 1025 KiB: planlog reads the history of files over 1 MiB slowly; split it with include [large-file]
  plan P1 x
  ^
LONG:3:3: error: "laed x" is not a directive or field; did you mean "lead"? Or, to continue the text of line 2, indent this line more than that one [syntax]
    laed x
    ^~~~~~
1 error, 0 warnings in 1 file
? 1
