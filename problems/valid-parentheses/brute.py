class Solution:
    def isValid(self, s: str) -> bool:
        # A valid string always holds an adjacent matched pair; removing it leaves
        # a valid string. Strip pairs until nothing changes.
        while True:
            shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
            if shorter == s:
                return s == ""
            s = shorter
