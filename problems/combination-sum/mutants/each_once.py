# verdict: wrong_answer
# mistake: recurses from the next index (i + 1), so no number can be used twice
class Solution:
    def combinationSum(self, candidates, target):
        result = []

        def extend(start, remaining, path):
            if remaining == 0:
                result.append(path[:])
                return
            for i in range(start, len(candidates)):
                if candidates[i] <= remaining:
                    path.append(candidates[i])
                    extend(i + 1, remaining - candidates[i], path)
                    path.pop()

        extend(0, target, [])
        return result
