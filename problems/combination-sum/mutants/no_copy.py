# verdict: wrong_answer
# mistake: appends the working list itself instead of a copy, so every stored combination is emptied by later pops
class Solution:
    def combinationSum(self, candidates, target):
        result, path = [], []

        def extend(start, remaining):
            if remaining == 0:
                result.append(path)
                return
            for i in range(start, len(candidates)):
                if candidates[i] <= remaining:
                    path.append(candidates[i])
                    extend(i, remaining - candidates[i])
                    path.pop()

        extend(0, target)
        return result
