using System.Collections.Immutable;
using Fractions;

namespace Verification.Symbolic.Tests.Evaluation;

internal static class Points
{
    public static ImmutableDictionary<string, Fraction> Empty { get; } = ImmutableDictionary<string, Fraction>.Empty;

    public static ImmutableDictionary<string, Fraction> At(string name, Fraction value) => Empty.Add(name, value);

    public static ImmutableDictionary<string, Fraction> At(Fraction x, Fraction y) => Empty.Add("x", x).Add("y", y);
}
