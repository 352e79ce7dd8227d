# verdict: wrong_answer
# mistake: quick-find that relabels only the endpoint b, not every node carrying b's label
class Solution:
    def countComponents(self, n, edges):
        label = list(range(n))
        for a, b in edges:
            label[b] = label[a]
        return len(set(label))
