# verdict: wrong_answer
# mistake: filters with isalpha, dropping digits, so "0P" becomes "p" and reads as a palindrome
class Solution:
    def isPalindrome(self, s):
        kept = [c.lower() for c in s if c.isalpha()]
        return kept == kept[::-1]
