class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        pass
