namespace ChatBot.Core.Matching;

/// <summary>An owned role, "Russia's foreign minister": the owner's id and the role's concept id, packed for a sorted array.</summary>
public readonly record struct Affiliation(int OwnerId, int RoleConcept)
{
    public static long Pack(int ownerId, int roleConcept) => ((long)ownerId << 32) | (uint)roleConcept;

    public static int RoleOf(long packed) => (int)(packed & 0xFFFFFFFF);

    /// <summary>
    /// The fact names this role for another owner and never for this one: "Who is Germany's foreign minister?" and a
    /// fact about Russia's. An owner no fact names (-1) conflicts with any owner the fact gives the role.
    /// </summary>
    public bool ConflictsWith(ReadOnlySpan<long> factAffiliations)
    {
        var other = false;
        foreach (var packed in factAffiliations)
        {
            if (RoleOf(packed) != RoleConcept)
            {
                continue;
            }
            if (OwnerId >= 0 && packed == Pack(OwnerId, RoleConcept))
            {
                return false;
            }
            other = true;
        }
        return other;
    }
}
