namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>
/// A position in a vector of symbolic length n: an index variable (<c>i</c>), a number (<c>0</c>) or
/// a position counted from the end (<c>n - 1</c>). At general n these are the only index forms: they
/// are what the case split on equality patterns can name (i + 1 = j would need arithmetic on indices).
/// </summary>
public abstract record IndexTerm
{
    private protected IndexTerm()
    {
    }

    /// <summary>The value at a concrete length and assignment of the index variables.</summary>
    public abstract int ValueAt(int size, IReadOnlyDictionary<string, int> indices);
}

/// <summary>An index variable, bound by <c>for all n …, i in 0..n-1</c> or by a <c>sum</c>.</summary>
public sealed record IndexVariable(string Name) : IndexTerm
{
    public override int ValueAt(int size, IReadOnlyDictionary<string, int> indices) =>
        indices.TryGetValue(Name, out var value) ? value : throw new ArgumentException($"index variable '{Name}' has no value", nameof(indices));

    public override string ToString() => Name;
}

/// <summary>A fixed position, 0-based.</summary>
public sealed record IndexConstant(int Value) : IndexTerm
{
    public override int ValueAt(int size, IReadOnlyDictionary<string, int> indices) => Value;

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The position <c>Size − Offset</c> (Offset ≥ 1): <c>n - 1</c> is the last entry.</summary>
public sealed record IndexFromEnd(string Size, int Offset) : IndexTerm
{
    public override int ValueAt(int size, IReadOnlyDictionary<string, int> indices) => size - Offset;

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Size} - {Offset}");
}
