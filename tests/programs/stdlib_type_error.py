import heapq

# A heap of mixed items: the errors name the list and the library variables that would hold both.
tasks = []
heapq.heappush(tasks, (1, "write"))
heapq.heappush(tasks, "read")
