#5. Kinetic Energy In physics, an object that is in motion is said to have kinetic energy (KE). 
#kinetic energy: KE = 1⁄2 mv2 

def main():
    mass=int(input("Enter mass: "))
    velocity=int(input("Enter velocity: "))
    result = kinetic_energy(mass,velocity)
    print(result)

def kinetic_energy(mass,velocity):
    print(mass/2*velocity**2)

main()
