class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        pass
