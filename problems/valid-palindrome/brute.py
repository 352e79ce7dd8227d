class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Build the cleaned string, then compare it with its reverse.
        kept = "".join(ch.lower() for ch in s if ch.isalnum())
        return kept == kept[::-1]
