class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Build each combination in non-decreasing order of candidate index:
        # after choosing candidates[i], the next choice starts at i again (so
        # the same number may repeat) but never goes back below i (so every
        # combination is built in exactly one order, and appears once).
        nums = sorted(candidates)  # sorted, so a number too big ends the loop
        result, path = [], []

        def extend(start: int, remaining: int) -> None:
            if remaining == 0:
                result.append(path[:])  # a copy: path keeps changing
                return
            for i in range(start, len(nums)):
                if nums[i] > remaining:
                    break  # every later number is larger still
                path.append(nums[i])
                extend(i, remaining - nums[i])
                path.pop()  # undo the choice before trying the next one

        extend(0, target)
        return result
