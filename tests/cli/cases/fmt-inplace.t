$ d=$(mktemp -d) && cp fmt/messy.plan "$d/m.plan" && chmod 640 "$d/m.plan" && (cd "$d" && planfmt m.plan; echo "status $?"; stat -c %a m.plan; ls; planfmt m.plan; echo "again $?"; planfmt --check m.plan; echo "check $?") && cmp "$d/m.plan" fmt/canonical.plan && echo same; rm -r "$d"
status 0
640
m.plan
again 0
check 0
same
? 0
