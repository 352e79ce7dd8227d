# verdict: wrong_answer
# mistake: stops the loop at the first candidate larger than what is left, without sorting the candidates first
class Solution:
    def combinationSum(self, candidates, target):
        result, path = [], []

        def extend(start, remaining):
            if remaining == 0:
                result.append(path[:])
                return
            for i in range(start, len(candidates)):
                if candidates[i] > remaining:
                    break
                path.append(candidates[i])
                extend(i, remaining - candidates[i])
                path.pop()

        extend(0, target)
        return result
