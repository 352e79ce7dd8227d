class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Two strings are anagrams exactly when their sorted letters are equal,
        # so the sorted letters name the group.
        groups = {}
        for word in strs:
            groups.setdefault("".join(sorted(word)), []).append(word)
        return list(groups.values())
