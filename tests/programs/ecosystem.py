# A predator-prey simulation over a class hierarchy: every creature shares the base layout,
# subclasses override behaviour, call up with super(), and a few methods exist only below.


class Creature:
    population = 0

    def __init__(self, name, energy):
        self.name = name
        self.energy = energy
        self.age = 0
        self.alive = True
        Creature.population += 1

    def kind(self):
        return "creature"

    def step(self, world):
        self.age += 1
        self.energy -= self.metabolism()
        if self.energy <= 0 or self.age > self.lifespan():
            self.die(world)

    def metabolism(self):
        return 1

    def lifespan(self):
        return 100

    def die(self, world):
        if self.alive:
            self.alive = False
            Creature.population -= 1
            world.deaths += 1

    @property
    def hungry(self):
        return self.energy < 10

    def __str__(self):
        return f"{self.kind()} {self.name} (age {self.age}, energy {self.energy})"


class Plant(Creature):
    def __init__(self, name):
        super().__init__(name, 5)

    def kind(self):
        return "plant"

    def metabolism(self):
        return -2

    def lifespan(self):
        return 30


class Animal(Creature):
    def __init__(self, name, energy, speed):
        super().__init__(name, energy)
        self.speed = speed
        self.meals = 0

    def kind(self):
        return "animal"

    def metabolism(self):
        return 1 + self.speed

    def eat(self, other, world):
        gained = other.energy // 2 + 1
        self.energy += gained
        self.meals += 1
        other.die(world)
        return gained


class Rabbit(Animal):
    def __init__(self, name):
        super().__init__(name, 20, 1)

    def kind(self):
        return "rabbit"

    def lifespan(self):
        return 25


class Fox(Animal):
    def __init__(self, name):
        super().__init__(name, 40, 2)
        self.hunts = 0

    def kind(self):
        return "fox"

    def metabolism(self):
        return super().metabolism() + 1

    def __str__(self):
        return "Fox<" + super().__str__() + f", hunts {self.hunts}>"


class World:
    def __init__(self, seed):
        self.creatures = []
        self.seed = seed
        self.deaths = 0
        self.births = 0

    def rand(self, n):
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return self.seed % n

    def add(self, c):
        self.creatures.append(c)
        self.births += 1

    def living(self, kind):
        return [c for c in self.creatures if c.alive and c.kind() == kind]

    def tick(self, t):
        for c in self.creatures:
            if not c.alive:
                continue
            c.step(self)
            if not c.alive:
                continue
            if isinstance(c, Fox) and c.hungry:
                prey = self.living("rabbit")
                if prey:
                    target = prey[self.rand(len(prey))]
                    c.hunts += 1
                    c.eat(target, self)
            elif isinstance(c, Rabbit) and c.hungry:
                food = self.living("plant")
                if food:
                    c.eat(food[self.rand(len(food))], self)
        if t % 3 == 0:
            self.add(Plant(f"p{t}"))
        if t % 7 == 0:
            self.add(Rabbit(f"r{t}"))
        if t % 19 == 0:
            self.add(Fox(f"f{t}"))
        self.creatures = [c for c in self.creatures if c.alive]


world = World(42)
for i in range(6):
    world.add(Plant(f"p-{i}"))
for i in range(4):
    world.add(Rabbit(f"r-{i}"))
world.add(Fox("f-0"))
for t in range(1, 121):
    world.tick(t)
    if t % 20 == 0:
        counts = [len(world.living(k)) for k in ("plant", "rabbit", "fox")]
        print(f"t={t:3d} plants={counts[0]:2d} rabbits={counts[1]:2d} foxes={counts[2]} population={Creature.population}")
print("births", world.births, "deaths", world.deaths)
oldest = None
for c in world.creatures:
    if oldest is None or c.age > oldest.age:
        oldest = c
print("oldest:", oldest)
best = None
for c in world.creatures:
    if isinstance(c, Animal) and (best is None or c.meals > best.meals):
        best = c
if best is not None:
    print("best eater:", best, "meals", best.meals)
for c in world.creatures[:5]:
    print(c)
