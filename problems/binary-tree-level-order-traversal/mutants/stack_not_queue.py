# verdict: wrong_answer
# mistake: takes nodes from the end of the list (a stack), so nodes of one level leave in the wrong order
class Solution:
    def levelOrder(self, root):
        levels, todo = [], [root] if root else []
        while todo:
            level = []
            for _ in range(len(todo)):
                node = todo.pop()
                level.append(node.val)
                if node.left:
                    todo.append(node.left)
                if node.right:
                    todo.append(node.right)
            levels.append(level)
        return levels
