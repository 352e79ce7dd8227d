# verdict: wrong_answer
# mistake: removes only spaces, so commas and other punctuation still take part in the comparison
class Solution:
    def isPalindrome(self, s):
        kept = s.replace(" ", "").lower()
        return kept == kept[::-1]
