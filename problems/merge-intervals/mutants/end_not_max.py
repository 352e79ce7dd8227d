# verdict: wrong_answer
# mistake: sets the group's end to the newcomer's end instead of the larger of the two
class Solution:
    def merge(self, intervals):
        merged = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return merged
