print("policygen")
