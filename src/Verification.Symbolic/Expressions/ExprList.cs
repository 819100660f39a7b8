using System.Collections;
using System.Collections.Immutable;

namespace Verification.Symbolic.Expressions;

/// <summary>
/// An immutable vector of expressions (the logits of a softmax) with structural equality, so the
/// records that hold one compare by content rather than by reference.
/// </summary>
public sealed class ExprList : IReadOnlyList<Expr>, IEquatable<ExprList>
{
    private readonly ImmutableArray<Expr> items;

    public ExprList(IEnumerable<Expr> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = [.. items];
    }

    public ExprList(params ReadOnlySpan<Expr> items) => this.items = [.. items];

    public int Count => items.Length;

    public Expr this[int index] => items[index];

    public ImmutableArray<Expr> Items => items;

    public bool Equals(ExprList? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.items.AsSpan()));

    public override bool Equals(object? obj) => Equals(obj as ExprList);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<Expr> GetEnumerator() => ((IEnumerable<Expr>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}
