using System.Globalization;
using System.Text;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Printing;

/// <summary>
/// Prints expressions and claims as LaTeX math (KaTeX-compatible), with parentheses exactly where
/// precedence needs them: <c>\frac{a}{b}</c>, <c>\sigma\left(x\right)</c>,
/// <c>\operatorname{softmax}\left(z_{0}, z_{1}\right)_{1}</c>, <c>e^{x}</c> for a small exponent
/// and <c>\exp\left(…\right)</c> otherwise, <c>\delta_{01}</c>,
/// <c>\frac{\partial}{\partial x}</c>, <c>\cdot</c> between factors except after a number.
/// </summary>
public static class LatexPrinter
{
    /// <summary>The most nodes an exponent may have to be written <c>e^{…}</c> rather than <c>\exp(…)</c>.</summary>
    private const int SmallExponent = 5;

    public static string Print(Expr expr) => PrinterLayout.Print(expr, Write);

    /// <summary>
    /// <c>L = R</c>; a solve claim as <c>\text{solve for } u:\; L = R \quad \text{for all } x</c>; a
    /// family as a <c>gathered</c> block, one instance per row with its indices.
    /// </summary>
    public static string Print(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim switch
        {
            IdentityClaim identity => Equation(identity),
            SolveClaim solve => $"\\text{{solve for }} {Names(solve.Unknowns)}:\\; {Print(solve.Left)} = {Print(solve.Right)}"
                + (solve.ForAll.IsDefaultOrEmpty ? string.Empty : $" \\quad \\text{{for all }} {Names(solve.ForAll)}"),
            ClaimFamily family => "\\begin{gathered}\n"
                + string.Join(" \\\\\n", family.Instances.Select(Instance))
                + "\n\\end{gathered}",
            GeneralClaim general => General(general),
            _ => throw new ArgumentException($"unknown claim {claim.GetType().Name}", nameof(claim)),
        };
    }

    /// <summary><c>\text{for all } n \ge 1,\ i, j \in \{0, …, n-1\}:\; L = R \quad \text{where } H</c>.</summary>
    private static string General(GeneralClaim claim)
    {
        var size = LatexSymbols.Name(claim.Size);
        var indices = claim.Indices.IsEmpty
            ? string.Empty
            : $@",\ {string.Join(", ", claim.Indices.Select(LatexSymbols.Name))} \in \{{0, \ldots, {size} - 1\}}";
        var where = claim.Hypotheses.IsEmpty
            ? string.Empty
            : $@" \quad \text{{where }} {string.Join(@",\ ", claim.Hypotheses.Select(Equation))}";
        return $@"\text{{for all }} {size} \ge {claim.MinimumSize}{indices}:\; {Equation(claim.Identity)}{where}";
    }

    private static string Equation(IdentityClaim claim) => $"{Print(claim.Left)} = {Print(claim.Right)}";

    private static string Instance(ClaimInstance instance) =>
        instance.Indices.IsEmpty
            ? Equation(instance.Claim)
            : $"{Equation(instance.Claim)} \\qquad ({string.Join(", ", instance.Indices.Select(i => $"{LatexSymbols.Name(i.Key)} = {i.Value}"))})";

    private static string Names(IEnumerable<Symbol> symbols) => string.Join(", ", symbols.Select(s => LatexSymbols.Name(s.Name)));

    private static Precedence Level(Expr expr) => expr switch
    {
        // A derivative or a Σ is a prefix operator reaching to the right: parenthesized inside anything but a sum.
        Derivative or EntryDerivative or IndexedSum => Precedence.Sum,

        // A negative number is printed with its minus in front, like a negation.
        Constant c when c.Value.IsNegative => Precedence.Unary,

        // \frac{a}{b} is an atom: the fraction bar groups it.
        _ => PrinterLayout.Operator(expr),
    };

    /// <summary>Whether <c>{expr}^{n}</c> reads right without parentheses: a name, a digit string or a delta.</summary>
    private static bool IsPowerBase(Expr expr) => expr switch
    {
        Symbol or KroneckerDelta or Entry or IndexDelta => true,
        Constant c => c.Value.IsPositive || c.Value.IsZero ? RationalText.Normalize(c.Value).Denominator.IsOne : false,
        _ => false,
    };

    private static void Write(StringBuilder text, Expr expr, Precedence needed)
    {
        if (PrinterLayout.Parenthesized(text, expr, Level(expr), needed, "\\left(", "\\right)", Write))
        {
            return;
        }

        switch (expr)
        {
            case Constant constant:
                Number(text, constant);
                break;
            case Symbol symbol:
                text.Append(LatexSymbols.Name(symbol.Name));
                break;
            case Add add:
                Write(text, add.Left, Precedence.Sum);
                text.Append(" + ");
                Right(text, add.Right, Precedence.Product);
                break;
            case Subtract subtract:
                Write(text, subtract.Left, Precedence.Sum);
                text.Append(" - ");
                Right(text, subtract.Right, Precedence.Product);
                break;
            case Multiply multiply:
                Write(text, multiply.Left, Precedence.Product);
                text.Append(Juxtaposes(multiply) ? " " : " \\cdot ");
                Right(text, multiply.Right, Precedence.Unary);
                break;
            case Divide divide:
                text.Append("\\frac{");
                Write(text, divide.Numerator, Precedence.Sum);
                text.Append("}{");
                Write(text, divide.Denominator, Precedence.Sum);
                text.Append('}');
                break;
            case Negate negate:
                text.Append('-');
                Write(text, negate.Operand, Precedence.Power);
                break;
            case Power power:
                if (IsPowerBase(power.Base))
                {
                    Write(text, power.Base, Precedence.Atom);
                }
                else
                {
                    text.Append("\\left(");
                    Write(text, power.Base, Precedence.Sum);
                    text.Append("\\right)");
                }

                text.Append("^{").Append(power.Exponent.ToString(CultureInfo.InvariantCulture)).Append('}');
                break;
            case Exp exp when IsSmall(exp.Argument):
                text.Append("e^{");
                Write(text, exp.Argument, Precedence.Sum);
                text.Append('}');
                break;
            case var _ when FunctionApplication.Of(expr) is { } application:
                Function(text, application.LatexName, application.Arguments);
                if (application.Index is { } index)
                {
                    text.Append("_{").Append(IndexText(index)).Append('}');
                }

                break;
            case Softmax softmax:
                Function(text, "\\operatorname{softmax}", [.. softmax.Logits]);
                text.Append("_{").Append(softmax.Index.ToString(CultureInfo.InvariantCulture)).Append('}');
                break;
            case LogSoftmax logSoftmax:
                Function(text, "\\log\\operatorname{softmax}", [.. logSoftmax.Logits]);
                text.Append("_{").Append(logSoftmax.Index.ToString(CultureInfo.InvariantCulture)).Append('}');
                break;
            case LogSumExp logSumExp:
                Function(text, "\\operatorname{logsumexp}", [.. logSumExp.Logits]);
                break;
            case CrossEntropy crossEntropy:
                text.Append("\\operatorname{CE}\\left(");
                Bracketed(text, crossEntropy.Logits);
                text.Append(", ");
                Bracketed(text, crossEntropy.Targets);
                text.Append("\\right)");
                break;
            case KroneckerDelta delta:
                text.Append("\\delta_{").Append(DeltaIndices(delta.I, delta.J)).Append('}');
                break;
            case Derivative derivative:
                text.Append("\\frac{\\partial}{\\partial ").Append(LatexSymbols.Name(derivative.Variable.Name)).Append("} ");
                Write(text, derivative.Body, derivative.Body is Derivative ? Precedence.Sum : Precedence.Atom);
                break;
            case Entry entry:
                text.Append(EntryName(entry));
                break;
            case IndexDelta delta:
                text.Append("\\delta_{").Append(IndexPair(delta.I, delta.J)).Append('}');
                break;
            case IndexedSum sum:
                text.Append("\\sum_{").Append(LatexSymbols.Name(sum.Index)).Append('=').Append(IndexText(sum.From))
                    .Append("}^{").Append(IndexText(sum.To)).Append("} ");
                Write(text, sum.Body, Precedence.Product);
                break;
            case EntryDerivative derivative:
                text.Append("\\frac{\\partial}{\\partial ").Append(EntryName(derivative.Variable)).Append("} ");
                Write(text, derivative.Body, derivative.Body is Derivative or EntryDerivative ? Precedence.Sum : Precedence.Atom);
                break;
            default:
                throw new ArgumentException($"unknown expression node {expr.GetType().Name}", nameof(expr));
        }
    }

    /// <summary>
    /// The right operand of a left-associative operator: tighter than the operator, in parentheses
    /// when it starts with a minus (no "a - -b"), and bare when it is a derivative ending a sum (it
    /// reaches to the end anyway).
    /// </summary>
    private static void Right(StringBuilder text, Expr right, Precedence needed) =>
        Write(text, right, StartsWithMinus(right) ? Precedence.Atom
            : right is Derivative && needed == Precedence.Product ? Precedence.Sum
            : needed);

    private static bool StartsWithMinus(Expr expr) => expr switch
    {
        Negate => true,
        Constant c => c.Value.IsNegative,
        Add a => StartsWithMinus(a.Left),
        Subtract s => StartsWithMinus(s.Left),
        Multiply m => StartsWithMinus(m.Left),
        _ => false,
    };

    /// <summary><c>2 x</c>, <c>3 \sigma(x)</c>: a digit string before a name or a function needs no dot.</summary>
    private static bool Juxtaposes(Multiply multiply) =>
        multiply.Left is Constant c && IsPowerBase(c)
        && multiply.Right is Symbol or Exp or Log or Sigmoid or Activation or Softmax or LogSoftmax or LogSumExp or KroneckerDelta
            or Entry or IndexDelta or IndexedSoftmax or IndexedLogSoftmax or IndexedLogSumExp or Power { Base: Symbol or Entry };

    /// <summary>Short enough to read as an exponent: a few nodes and no fraction, exponential or vector function.</summary>
    private static bool IsSmall(Expr expr)
    {
        var count = 0;
        foreach (var node in ExprTraversal.PreOrder(expr))
        {
            if (++count > SmallExponent || node is not (Symbol or Constant or KroneckerDelta or Entry or IndexDelta or Add or Subtract or Multiply or Negate or Power))
            {
                return false;
            }
        }

        return true;
    }

    private static void Function(StringBuilder text, string name, params ReadOnlySpan<Expr> arguments) =>
        PrinterLayout.List(text.Append(name), "\\left(", arguments, "\\right)", Write);

    private static void Bracketed(StringBuilder text, ExprList items) =>
        PrinterLayout.List(text, "\\left[", items.Items.AsSpan(), "\\right]", Write);

    private static void Number(StringBuilder text, Constant constant) => text.Append(RationalText.ExactLatex(constant.Value));

    private static string EntryName(Entry entry) => $"{LatexSymbols.Name(entry.Vector)}_{{{IndexText(entry.Index)}}}";

    private static string IndexText(IndexTerm index) => index switch
    {
        IndexVariable v => LatexSymbols.Name(v.Name),
        IndexFromEnd f => string.Create(CultureInfo.InvariantCulture, $"{LatexSymbols.Name(f.Size)}-{f.Offset}"),
        _ => index.ToString(),
    };

    // ij for two one-character indices, "i,n-1" otherwise so the two stay apart.
    private static string IndexPair(IndexTerm i, IndexTerm j)
    {
        var (left, right) = (IndexText(i), IndexText(j));
        return left.Length == 1 && right.Length == 1 ? left + right : $"{left},{right}";
    }

    /// <summary><c>01</c> for single digits, <c>1,12</c> or <c>-1,2</c> otherwise so the two stay apart.</summary>
    private static string DeltaIndices(int i, int j) =>
        i is >= 0 and <= 9 && j is >= 0 and <= 9
            ? string.Create(CultureInfo.InvariantCulture, $"{i}{j}")
            : string.Create(CultureInfo.InvariantCulture, $"{i},{j}");
}
