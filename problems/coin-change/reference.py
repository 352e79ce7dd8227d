class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # fewest[a] = the fewest coins that add up to exactly a, or UNREACHABLE.
        # Any way to pay a > 0 has a last coin c, and the rest pays a - c, so
        # fewest[a] = 1 + min(fewest[a - c]) over coins c <= a.
        # Base case: fewest[0] = 0 (the empty selection). No answer can exceed
        # `amount` (coins are at least 1), so amount + 1 safely means "none".
        UNREACHABLE = amount + 1
        fewest = [0] + [UNREACHABLE] * amount
        for a in range(1, amount + 1):
            best = UNREACHABLE
            for c in coins:
                # c <= a also keeps a - c from going negative, which in Python
                # would silently read the table from its far end.
                if c <= a and fewest[a - c] + 1 < best:
                    best = fewest[a - c] + 1
            fewest[a] = best
        return fewest[amount] if fewest[amount] <= amount else -1
