using System.Collections.Immutable;
using System.Globalization;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// Small general-n expressions written twice: once in the claim language at symbolic n
/// (<c>softmax(z, i)</c>) and once expanded by hand at a concrete n with concrete index values
/// (<c>softmax([z0, z1, z2], 1)</c>). The expansion is independent of the engine's own instantiation,
/// so comparing the general verdict with the concrete ones checks the general argument against the
/// concrete decision procedure.
/// </summary>
public abstract record GeneralTerm
{
    /// <summary>The term at symbolic n, as a user types it.</summary>
    public abstract string General { get; }

    /// <summary>The term at length <paramref name="n"/> with the index values of <paramref name="indices"/>.</summary>
    public abstract string At(int n, ImmutableDictionary<string, int> indices);

    public static string Expand(string name, int n) =>
        "[" + string.Join(", ", Enumerable.Range(0, n).Select(k => string.Create(CultureInfo.InvariantCulture, $"{name}{k}"))) + "]";
}

/// <summary>An index: a variable (i, j, or a summation index), the first position 0, or the last n − 1.</summary>
public sealed record GeneralIndex(string Text)
{
    public static GeneralIndex First { get; } = new("0");

    public static GeneralIndex Last { get; } = new("n-1");

    public int At(int n, ImmutableDictionary<string, int> indices) => Text switch
    {
        "0" => 0,
        "n-1" => n - 1,
        _ => indices[Text],
    };
}

public sealed record NumberTerm(int Value) : GeneralTerm
{
    public override string General => Value.ToString(CultureInfo.InvariantCulture);

    public override string At(int n, ImmutableDictionary<string, int> indices) => General;
}

public sealed record ScalarTerm(string Name) : GeneralTerm
{
    public override string General => Name;

    public override string At(int n, ImmutableDictionary<string, int> indices) => Name;
}

public sealed record EntryTerm(string Vector, GeneralIndex Index) : GeneralTerm
{
    public override string General => $"{Vector}[{Index.Text}]";

    public override string At(int n, ImmutableDictionary<string, int> indices) =>
        string.Create(CultureInfo.InvariantCulture, $"{Vector}{Index.At(n, indices)}");
}

public sealed record SoftmaxTerm(string Vector, GeneralIndex Index) : GeneralTerm
{
    public override string General => $"softmax({Vector}, {Index.Text})";

    public override string At(int n, ImmutableDictionary<string, int> indices) =>
        string.Create(CultureInfo.InvariantCulture, $"softmax({Expand(Vector, n)}, {Index.At(n, indices)})");
}

public sealed record LogSumExpTerm(string Vector) : GeneralTerm
{
    public override string General => $"logsumexp({Vector})";

    public override string At(int n, ImmutableDictionary<string, int> indices) => $"logsumexp({Expand(Vector, n)})";
}

public sealed record DeltaTerm(GeneralIndex First, GeneralIndex Second) : GeneralTerm
{
    public override string General => $"delta({First.Text}, {Second.Text})";

    // Expanded by hand: δ of two concrete positions is a number.
    public override string At(int n, ImmutableDictionary<string, int> indices) =>
        First.At(n, indices) == Second.At(n, indices) ? "1" : "0";
}

public sealed record FunctionTerm(string Name, GeneralTerm Argument) : GeneralTerm
{
    public override string General => $"{Name}({Argument.General})";

    public override string At(int n, ImmutableDictionary<string, int> indices) => $"{Name}({Argument.At(n, indices)})";
}

public sealed record BinaryTerm(string Operator, GeneralTerm Left, GeneralTerm Right) : GeneralTerm
{
    public override string General => $"({Left.General} {Operator} {Right.General})";

    public override string At(int n, ImmutableDictionary<string, int> indices) => $"({Left.At(n, indices)} {Operator} {Right.At(n, indices)})";
}

/// <summary>∂/∂v[index] of a term.</summary>
public sealed record DerivativeTerm(GeneralTerm Body, string Vector, GeneralIndex Index) : GeneralTerm
{
    public override string General => $"diff({Body.General}, {Vector}[{Index.Text}])";

    public override string At(int n, ImmutableDictionary<string, int> indices) =>
        string.Create(CultureInfo.InvariantCulture, $"diff({Body.At(n, indices)}, {Vector}{Index.At(n, indices)})");
}

/// <summary>Σ over k in 0..n−1 (or 1..n−1), expanded by hand into an explicit sum of n (or n − 1) terms.</summary>
public sealed record SumTerm(string Index, GeneralTerm Body, bool SkipFirst = false) : GeneralTerm
{
    public override string General => $"sum({Index} in {(SkipFirst ? 1 : 0)}..n-1: {Body.General})";

    public override string At(int n, ImmutableDictionary<string, int> indices)
    {
        var terms = Enumerable.Range(SkipFirst ? 1 : 0, SkipFirst ? n - 1 : n).Select(k => Body.At(n, indices.SetItem(Index, k))).ToList();
        return terms.Count == 0 ? "0" : "(" + string.Join(" + ", terms) + ")";
    }
}
