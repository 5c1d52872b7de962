$ planfmt --check fmt/messy.plan fmt/canonical.plan; echo "status $?"; planfmt --check fmt/canonical.plan; echo "status $?"; planfmt --check - < fmt/messy.plan | head -3
--- a/fmt/messy.plan
+++ b/fmt/messy.plan
@@ -1,36 +1,34 @@
 # A plan pasted from Word: tabs, non-breaking spaces, dates as Word writes them.
-PLAN  MESSY Messy plan   
-	PERIOD 2025/2026
-	Board Safer Harrow
-	Statement We will make the borough safer for everyone who lives, works and studies
-	   here, and we will report on it every quarter to the board and to the people of the
-	    borough.   
-
-	   The priorities are:
-	   - burglary
-	   - youth violence
-	   Short and deliberate.
-	   Then a paragraph that was broken by hand at a narrow width by someone
-	   who liked short lines, and which a reader would want filled to the
-	   width.
-Action A1. Lighting
-	Lead Jane Smith
-  LEAD Police
-  DUE 31/03/2026
-  Review Quarterly
-  REVIEW November Annually, with the board
-  DECISION 1st of April 2026 Continued 2026-27, the survey runs on
-  UPDATE 31/03/2026 GREEN by Police
-  	Twelve referrals this quarter, all of them seen within
-  	two weeks; the service is on target.
-  	Figures:
-  	2025 – 86
-  	2024 – 92
+plan MESSY Messy plan
+  period 2025/26
+  board Safer Harrow
+  statement We will make the borough safer for everyone who lives, works and studies
+    here, and we will report on it every quarter to the board and to the people of the
+    borough.
 
+    The priorities are:
+    - burglary
+    - youth violence
+    Short and deliberate.
+    Then a paragraph that was broken by hand at a narrow width by someone who liked
+    short lines, and which a reader would want filled to the width.
 
+action A1 Lighting
+  lead Jane Smith
+  lead Police
+  due 2026-03-31
+  review quarterly
+  review annually in November, with the board
+  decision 2026-04-01 continued into 2026/27, the survey runs on
+  update 2026-03-31 green by Police
+    Twelve referrals this quarter, all of them seen within two weeks; the service is on
+    target.
+    Figures:
+    2025 – 86
+    2024 – 92
 
-ACTION A2 Schools
+action A2 Schools
   lead Housing
-  due Mar-26
-31.03.2026 A2 Amber BY Housing
-      Two schools declined.
+  due 2026-03
+2026-03-31 A2 amber by Housing
+  Two schools declined.
status 1
status 0
--- a/<stdin>
+++ b/<stdin>
@@ -1,36 +1,34 @@
? 0
