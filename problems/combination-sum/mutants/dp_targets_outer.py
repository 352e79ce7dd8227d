# verdict: wrong_answer
# mistake: builds the lists for each sub-target with the targets in the outer loop and the candidates inside, which counts orderings (Combination Sum IV) instead of combinations
class Solution:
    def combinationSum(self, candidates, target):
        dp = [[] for _ in range(target + 1)]
        dp[0] = [[]]
        for t in range(1, target + 1):
            for x in candidates:
                if x <= t:
                    for combo in dp[t - x]:
                        dp[t].append(combo + [x])
        return dp[target]
