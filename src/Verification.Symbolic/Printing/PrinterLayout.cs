using System.Text;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Printing;

/// <summary>
/// What the claim-language and the LaTeX printer share, kept once as SymPy keeps one
/// <c>printing/precedence.py</c>: the precedence of the operators both write the same way, the rule
/// that a child binding looser than its place needs gets brackets, and comma-separated argument lists.
/// Each printer adds only what its notation does differently (a fraction is an atom in LaTeX, a
/// derivative reaches to the right there, brackets are <c>\left(</c> … <c>\right)</c>).
/// </summary>
internal static class PrinterLayout
{
    /// <summary>A printer's recursive step: write <paramref name="expr"/> where <paramref name="needed"/> binds.</summary>
    public delegate void Writer(StringBuilder text, Expr expr, Precedence needed);

    /// <summary>A printer's entry point: the whole of <paramref name="expr"/>, at the loosest level.</summary>
    public static string Print(Expr expr, Writer write)
    {
        ArgumentNullException.ThrowIfNull(expr);
        var text = new StringBuilder();
        write(text, expr, Precedence.Sum);
        return text.ToString();
    }

    /// <summary>The shared table: sums, products, negation, powers; everything else is an atom unless a printer says otherwise.</summary>
    public static Precedence Operator(Expr expr) => expr switch
    {
        Add or Subtract => Precedence.Sum,
        Multiply => Precedence.Product,
        Negate => Precedence.Unary,
        Power => Precedence.Power,
        _ => Precedence.Atom,
    };

    /// <summary>
    /// Writes <paramref name="expr"/> inside <paramref name="open"/> … <paramref name="close"/> when its
    /// <paramref name="level"/> binds looser than <paramref name="needed"/>; false, writing nothing, when it needs no brackets.
    /// </summary>
    public static bool Parenthesized(StringBuilder text, Expr expr, Precedence level, Precedence needed, string open, string close, Writer write)
    {
        if (level >= needed)
        {
            return false;
        }

        text.Append(open);
        write(text, expr, Precedence.Sum);
        text.Append(close);
        return true;
    }

    /// <summary><paramref name="open"/>, the items separated by <c>", "</c>, each at the loosest level, <paramref name="close"/>.</summary>
    public static void List(StringBuilder text, string open, ReadOnlySpan<Expr> items, string close, Writer write)
    {
        text.Append(open);
        for (var i = 0; i < items.Length; i++)
        {
            text.Append(i > 0 ? ", " : string.Empty);
            write(text, items[i], Precedence.Sum);
        }

        text.Append(close);
    }
}
