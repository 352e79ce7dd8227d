# verdict: accepted
# optimal: false
# mistake: deletes adjacent matched pairs until none remain; a deep nest needs n/2 passes, O(n^2)
class Solution:
    def isValid(self, s):
        while "()" in s or "[]" in s or "{}" in s:
            s = s.replace("()", "").replace("[]", "").replace("{}", "")
        return s == ""
