import heapq
from bisect import bisect_left, insort_sorted

queue = [3, 1, 2]
heapq.heapify(queue)
print(heapq.heappop_max(queue), bisect_left(queue, 2))
