class Solution:
    def alienOrder(self, words: List[str]) -> str:
        pass
