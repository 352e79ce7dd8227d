class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Compare each string with one member of every group found so far.
        groups = []
        for word in strs:
            for group in groups:
                if Counter(group[0]) == Counter(word):
                    group.append(word)
                    break
            else:
                groups.append([word])
        return groups
