# verdict: wrong_answer
# mistake: strips \W with a regex, which keeps underscores because \w counts "_" as a word character
import re


class Solution:
    def isPalindrome(self, s):
        kept = re.sub(r"\W", "", s).lower()
        return kept == kept[::-1]
