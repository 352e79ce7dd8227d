class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Breadth-first over amounts paid so far: level k holds every amount
        # that k coins can make, so the first level that holds `amount` is the
        # fewest coins. Each amount is expanded once.
        if amount == 0:
            return 0
        seen = {0}
        level = [0]
        coins_used = 0
        while level:
            coins_used += 1
            following = []
            for paid in level:
                for c in coins:
                    total = paid + c
                    if total == amount:
                        return coins_used
                    if total < amount and total not in seen:
                        seen.add(total)
                        following.append(total)
            level = following
        return -1
