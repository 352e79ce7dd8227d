# verdict: wrong_answer
# mistake: looks only for a pair and its reverse (or a course requiring itself), missing cycles of three or more courses
class Solution:
    def canFinish(self, numCourses, prerequisites):
        pairs = {(a, b) for a, b in prerequisites}
        return not any((b, a) in pairs for a, b in pairs)
