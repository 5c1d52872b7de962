$ P=hostile/evil.plan; C="/usr/bin/python3 hostile/check-html.py"; W='<script>alert("plan")</script> & "quotes"'; X='| pipes | `code` *bold* _em_ [link](javascript:alert(2))'; Y='[x](javascript:alert(6)) ![i](x onerror=alert(7))'; planreport -f markdown $P | cmark-gfm --unsafe -e table | $C br,p,strong,table,tbody,td,th,thead,tr,h1,h2,h3,h4,h5 "$W" "$X" "$Y" '</td></tr></table> <!--' '=cmd|'; planreport $P | LC_ALL=C grep -c "$(printf '[\001-\010\016-\037\177]\|\302[\200-\237]\|\342\200[\252-\256]')"; planreport -f json $P | /usr/bin/python3 -c 'import json,sys; j=json.load(sys.stdin); u=j["plans"][0]["actions"][1]["updates"][0]["text"]; print(repr(u[-22:]))'; planreport -f html $P | $C a,body,circle,figure,g,h1,h2,h3,h4,h5,head,html,line,main,meta,p,path,rect,span,style,svg,table,tbody,td,text,th,thead,title,tr,br,polyline,figcaption,strong,b,em,abbr,ul,li,section,header,footer,nav,div,small,caption,polygon,tspan,desc,defs "$W" "$X" "$Y" '</td></tr></table> <!--' '=cmd|'; planreport -f csv $P | /usr/bin/python3 -c 'import csv,sys; r=list(csv.reader(sys.stdin)); print(len(r), "rows of", sorted(set(len(x) for x in r)), "fields;", sum(1 for x in r for f in x if f and f[0] in "=+-@\t\r"), "formula starts")'
clean: 7 tables, 18 rows
0
'l: \x01\x1b[31m\x7f C1: \x85 \x9b end'
clean: 7 tables, 18 rows
3 rows of [19] fields; 0 formula starts
? 0
