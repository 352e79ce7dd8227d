class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Every substring, longest first; a substring is good when its set of
        # characters is as large as the substring itself.
        n = len(s)
        for length in range(n, 0, -1):
            for i in range(n - length + 1):
                if len(set(s[i:i + length])) == length:
                    return length
        return 0
