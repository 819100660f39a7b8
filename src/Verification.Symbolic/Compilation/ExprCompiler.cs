using System.Reflection;
using Fractions;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;
using LinqExpression = System.Linq.Expressions.Expression;
using NewArrayExpression = System.Linq.Expressions.NewArrayExpression;
using ParameterExpression = System.Linq.Expressions.ParameterExpression;

namespace Verification.Symbolic.Compilation;

/// <summary>
/// Compiles an expression into a fast <c>double</c> delegate through System.Linq.Expressions.
/// Arithmetic follows IEEE 754 (1/0 = ∞, log of a negative number = NaN); named functions call the
/// stable kernels of <see cref="StableMath"/>; <see cref="Derivative"/> nodes are differentiated
/// symbolically first.
/// </summary>
public static class ExprCompiler
{
    private static readonly MethodInfo ExpMethod = MathMethod(nameof(Math.Exp));
    private static readonly MethodInfo LogMethod = MathMethod(nameof(Math.Log));
    private static readonly MethodInfo IntegerPowerMethod = StableMethod(nameof(StableMath.IntegerPower));
    private static readonly MethodInfo SigmoidMethod = StableMethod(nameof(StableMath.Sigmoid));
    private static readonly MethodInfo SoftmaxMethod = StableMethod(nameof(StableMath.Softmax));
    private static readonly MethodInfo LogSoftmaxMethod = StableMethod(nameof(StableMath.LogSoftmax));
    private static readonly MethodInfo LogSumExpMethod = StableMethod(nameof(StableMath.LogSumExp));
    private static readonly MethodInfo BinaryCrossEntropyMethod = StableMethod(nameof(StableMath.BinaryCrossEntropy));
    private static readonly MethodInfo CrossEntropyMethod = StableMethod(nameof(StableMath.CrossEntropy));

    /// <summary>
    /// A delegate computing <paramref name="expression"/> from an array holding the values of
    /// <paramref name="parameters"/>, in that order.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// When the expression has a free symbol that is not a parameter (named in the message), when a
    /// parameter is listed twice, or (from the delegate) when the array has the wrong length.
    /// </exception>
    public static Func<double[], double> Compile(Expr expression, IReadOnlyList<Symbol> parameters)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(parameters);
        var count = parameters.Count;
        var compiled = CompileBodies<double>([expression], parameters, static (arguments, bodies) => bodies[0]);
        return arguments => compiled(CheckedArguments(arguments, count));
    }

    /// <summary>One delegate computing all of <paramref name="expressions"/> (a gradient, a softmax vector).</summary>
    public static Func<double[], double[]> CompileVector(IReadOnlyList<Expr> expressions, IReadOnlyList<Symbol> parameters)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        ArgumentNullException.ThrowIfNull(parameters);
        var count = parameters.Count;
        var compiled = CompileBodies<double[]>(expressions, parameters, static (arguments, bodies) => LinqExpression.NewArrayInit(typeof(double), bodies));
        return arguments => compiled(CheckedArguments(arguments, count));
    }

    private static Func<double[], TResult> CompileBodies<TResult>(
        IReadOnlyList<Expr> expressions,
        IReadOnlyList<Symbol> parameters,
        Func<ParameterExpression, LinqExpression[], LinqExpression> combine)
    {
        var arguments = LinqExpression.Parameter(typeof(double[]), "arguments");
        var translator = new Translator(arguments, IndexParameters(parameters));
        var bodies = expressions.Select(translator.Translate).ToArray();
        return LinqExpression.Lambda<Func<double[], TResult>>(combine(arguments, bodies), arguments).Compile();
    }

    private static Dictionary<string, int> IndexParameters(IReadOnlyList<Symbol> parameters)
    {
        var indices = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count; i++)
        {
            if (!indices.TryAdd(parameters[i].Name, i))
            {
                throw new ArgumentException($"The parameter '{parameters[i].Name}' is listed twice.", nameof(parameters));
            }
        }

        return indices;
    }

    private static double[] CheckedArguments(double[] arguments, int count)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Length == count
            ? arguments
            : throw new ArgumentException($"Expected {count} argument values, got {arguments.Length}.", nameof(arguments));
    }

    private static MethodInfo MathMethod(string name) =>
        typeof(Math).GetMethod(name, [typeof(double)]) ?? throw new MissingMethodException(nameof(Math), name);

    private static MethodInfo StableMethod(string name) =>
        typeof(StableMath).GetMethod(name) ?? throw new MissingMethodException(nameof(StableMath), name);

    // Turns one Expr into a LINQ expression over the argument array.
    private sealed class Translator(ParameterExpression arguments, Dictionary<string, int> indices)
    {
        public LinqExpression Translate(Expr expression) => expression switch
        {
            Constant c => LinqExpression.Constant(ToDouble(c.Value)),
            Symbol s => LinqExpression.ArrayIndex(arguments, LinqExpression.Constant(IndexOf(s))),
            KroneckerDelta(var i, var j) => LinqExpression.Constant(i == j ? 1.0 : 0.0),
            Add(var l, var r) => LinqExpression.Add(Translate(l), Translate(r)),
            Subtract(var l, var r) => LinqExpression.Subtract(Translate(l), Translate(r)),
            Multiply(var l, var r) => LinqExpression.Multiply(Translate(l), Translate(r)),
            Divide(var n, var d) => LinqExpression.Divide(Translate(n), Translate(d)),
            Negate(var u) => LinqExpression.Negate(Translate(u)),
            Power(var b, var n) => LinqExpression.Call(IntegerPowerMethod, Translate(b), LinqExpression.Constant(n)),
            Exp(var u) => LinqExpression.Call(ExpMethod, Translate(u)),
            Log(var u) => LinqExpression.Call(LogMethod, Translate(u)),
            Sigmoid(var u) => LinqExpression.Call(SigmoidMethod, Translate(u)),
            Activation(var f, var u) => LinqExpression.Invoke(LinqExpression.Constant(f.Stable), Translate(u)),
            Softmax(var z, var i) => LinqExpression.Call(SoftmaxMethod, Array(z), LinqExpression.Constant(CheckedIndex(z, i))),
            LogSoftmax(var z, var i) => LinqExpression.Call(LogSoftmaxMethod, Array(z), LinqExpression.Constant(CheckedIndex(z, i))),
            LogSumExp(var z) => LinqExpression.Call(LogSumExpMethod, Array(z)),
            BinaryCrossEntropy(var z, var y) => LinqExpression.Call(BinaryCrossEntropyMethod, Translate(z), Translate(y)),
            CrossEntropy(var z, var y) => LinqExpression.Call(CrossEntropyMethod, Array(z), Array(CheckedTargets(z, y))),
            Derivative(var body, var variable) => Translate(Differentiator.Differentiate(body, variable)),
            _ => throw ExprTraversal.UnknownNode(expression),
        };

        // Correctly rounded: rounding the exact rational once to 53 bits (Fraction's own conversion
        // goes through BigInteger → double, which truncates).
        private static double ToDouble(Fraction value)
        {
            if (value.Denominator.IsZero)
            {
                return value.Numerator.Sign switch
                {
                    > 0 => double.PositiveInfinity,
                    < 0 => double.NegativeInfinity,
                    _ => double.NaN,
                };
            }

            return HighPrecisionReal.FromFraction(value, 53).ToDouble();
        }

        private static int CheckedIndex(ExprList logits, int index) =>
            index >= 0 && index < logits.Count
                ? index
                : throw new ArgumentOutOfRangeException(nameof(index), index, $"Index {index} is outside the {logits.Count} logits {logits}.");

        private static ExprList CheckedTargets(ExprList logits, ExprList targets) =>
            logits.Count == targets.Count
                ? targets
                : throw new ArgumentException($"Cross-entropy has {logits.Count} logits but {targets.Count} targets.", nameof(targets));

        private NewArrayExpression Array(ExprList items) =>
            items.Count > 0
                ? LinqExpression.NewArrayInit(typeof(double), items.Select(Translate))
                : throw new ArgumentException("A softmax-family function needs at least one logit.", nameof(items));

        private int IndexOf(Symbol symbol) =>
            indices.TryGetValue(symbol.Name, out var index)
                ? index
                : throw new ArgumentException(
                    $"The expression has the free symbol '{symbol.Name}', which is not among the parameters [{string.Join(", ", indices.Keys)}].");
    }
}
