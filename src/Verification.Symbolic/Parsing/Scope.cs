using System.Collections.Immutable;

namespace Verification.Symbolic.Parsing;

/// <summary>The index variables in scope and their values, innermost first (an immutable linked list).</summary>
internal sealed record Scope(string Name, int Value, Scope? Outer)
{
    public static bool TryGet(Scope? scope, string name, out int value)
    {
        for (var s = scope; s is not null; s = s.Outer)
        {
            if (string.Equals(s.Name, name, StringComparison.Ordinal))
            {
                value = s.Value;
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>The bindings sorted by name, as a <see cref="Claims.ClaimInstance"/> holds them.</summary>
    public static ImmutableSortedDictionary<string, int> ToDictionary(Scope? scope)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        for (var s = scope; s is not null; s = s.Outer)
        {
            builder.TryAdd(s.Name, s.Value);
        }

        return builder.ToImmutable();
    }
}
