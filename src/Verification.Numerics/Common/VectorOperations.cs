using System.Runtime.Intrinsics;

namespace Verification.Numerics.Common;

/// <summary>
/// The operations the kernels need from one SIMD width, so each fused loop is written once and the
/// JIT specializes it for <see cref="Vector512{T}"/>, <see cref="Vector256{T}"/> and
/// <see cref="Vector128{T}"/> (struct type arguments are compiled per instantiation, so the calls
/// inline to single instructions).
/// </summary>
internal interface IVectorOperations<TVector, T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>True when this width runs in hardware for <typeparamref name="T"/>.</summary>
    static abstract bool IsAccelerated { get; }

    static abstract int Count { get; }

    static abstract TVector Broadcast(T value);

    /// <summary>
    /// A constant in every lane, rounded once to <typeparamref name="T"/>. Cheaper for the JIT than
    /// <c>Broadcast(T.CreateTruncating(value))</c>, whose nested calls use up its inline budget in the
    /// large fused loops.
    /// </summary>
    static abstract TVector Constant(double value);

    static abstract TVector Load(ref T source, nuint index);

    static abstract void Store(TVector value, ref T destination, nuint index);

    static abstract TVector Add(TVector left, TVector right);

    static abstract TVector Subtract(TVector left, TVector right);

    static abstract TVector Multiply(TVector left, TVector right);

    static abstract TVector Divide(TVector left, TVector right);

    /// <summary>left·right + addend with one rounding.</summary>
    static abstract TVector FusedMultiplyAdd(TVector left, TVector right, TVector addend);

    static abstract TVector Abs(TVector value);

    static abstract TVector Negate(TVector value);

    /// <summary>IEEE 754:2019 minimum (NaN propagates).</summary>
    static abstract TVector Min(TVector left, TVector right);

    /// <summary>IEEE 754:2019 maximum (NaN propagates).</summary>
    static abstract TVector Max(TVector left, TVector right);

    /// <summary>One instruction (vmaxps/vmaxpd); NaN and ±0 follow the platform, so callers detect NaN themselves.</summary>
    static abstract TVector MaxNative(TVector left, TVector right);

    /// <summary>One instruction (vminps/vminpd); NaN and ±0 follow the platform, so callers detect NaN themselves.</summary>
    static abstract TVector MinNative(TVector left, TVector right);

    static abstract TVector Equals(TVector left, TVector right);

    /// <summary>True when every bit of the vector is set (every lane of a comparison mask is true).</summary>
    static abstract bool AllBitsSet(TVector value);

    static abstract TVector LessThan(TVector left, TVector right);

    static abstract TVector LessThanOrEqual(TVector left, TVector right);

    static abstract TVector ConditionalSelect(TVector mask, TVector whenTrue, TVector whenFalse);

    static abstract TVector And(TVector left, TVector right);

    /// <summary>left ∧ ¬right, bitwise.</summary>
    static abstract TVector AndNot(TVector left, TVector right);

    /// <summary>
    /// Multiplies by 2ⁿ where n sits in the low mantissa bits of <paramref name="shiftedExponent"/>
    /// (the value <c>n + 1.5·2^p</c>), by adding n to the exponent field. Exact, but only valid while
    /// the result stays normal.
    /// </summary>
    static abstract TVector ScaleByPowerOfTwo(TVector value, TVector shiftedExponent);

    /// <summary>
    /// Multiplies by 2ⁿ as 2^⌊n/2⌋·2^(n−⌊n/2⌋): both factors are normal for every n the exponential
    /// needs, and the second product rounds once, so subnormal results and overflow to ∞ come out
    /// right.
    /// </summary>
    static abstract TVector ScaleByPowerOfTwoInTwoSteps(TVector value, TVector shiftedExponent);

    /// <summary>
    /// A mask of the lanes whose index is at least <paramref name="firstLane"/>: the part of a row's
    /// last, overlapping vector that the full vectors before it did not cover.
    /// </summary>
    static abstract TVector LanesFrom(int firstLane);

    /// <summary>Adds the lanes of a compensated accumulator into a scalar compensated sum.</summary>
    static abstract void AddLanes(TVector sum, TVector compensation, ref T totalSum, ref T totalCompensation);

    static abstract T Sum(TVector value);

    /// <summary>
    /// The sum of every lane of four vectors, added in double: float lanes are widened, the four
    /// vectors added lane by lane, then the lanes. For float lanes that is exact as long as the lanes lie
    /// within 2²⁹ of each other's magnitude (and always within 2⁻⁴⁸ relative), with a short tree of
    /// additions instead of a chain of two-sums.
    /// </summary>
    static abstract double WideSum(TVector first, TVector second, TVector third, TVector fourth);

    /// <summary>The largest lane, folding halves with one instruction each (no NaN handling: callers exclude NaN first).</summary>
    static abstract T MaxAcrossLanes(TVector value);

    /// <summary>The smallest lane, folding halves with one instruction each (no NaN handling: callers exclude NaN first).</summary>
    static abstract T MinAcrossLanes(TVector value);
}

internal readonly struct Vector512Operations<T> : IVectorOperations<Vector512<T>, T>
    where T : IFloatingPointIeee754<T>
{
    public static bool IsAccelerated => Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported;

    public static int Count => Vector512<T>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Broadcast(T value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Constant(double value) =>
        typeof(T) == typeof(float) ? Vector512.Create((float)value).As<float, T>() : Vector512.Create(value).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Load(ref T source, nuint index) => Vector512.LoadUnsafe(ref source, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<T> value, ref T destination, nuint index) => value.StoreUnsafe(ref destination, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Add(Vector512<T> left, Vector512<T> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Subtract(Vector512<T> left, Vector512<T> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Multiply(Vector512<T> left, Vector512<T> right) => left * right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Divide(Vector512<T> left, Vector512<T> right) => left / right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> FusedMultiplyAdd(Vector512<T> left, Vector512<T> right, Vector512<T> addend)
    {
        if (typeof(T) == typeof(float))
        {
            return Vector512.FusedMultiplyAdd(left.AsSingle(), right.AsSingle(), addend.AsSingle()).As<float, T>();
        }

        return Vector512.FusedMultiplyAdd(left.AsDouble(), right.AsDouble(), addend.AsDouble()).As<double, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Abs(Vector512<T> value) => Vector512.Abs(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Negate(Vector512<T> value) => -value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Min(Vector512<T> left, Vector512<T> right) => Vector512.Min(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Max(Vector512<T> left, Vector512<T> right) => Vector512.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MaxNative(Vector512<T> left, Vector512<T> right) => Vector512.MaxNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MinNative(Vector512<T> left, Vector512<T> right) => Vector512.MinNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Equals(Vector512<T> left, Vector512<T> right) => Vector512.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllBitsSet(Vector512<T> value) => Vector512.EqualsAll(value.AsUInt32(), Vector512<uint>.AllBitsSet);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> LessThan(Vector512<T> left, Vector512<T> right) => Vector512.LessThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> LessThanOrEqual(Vector512<T> left, Vector512<T> right) => Vector512.LessThanOrEqual(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> ConditionalSelect(Vector512<T> mask, Vector512<T> whenTrue, Vector512<T> whenFalse) =>
        Vector512.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> And(Vector512<T> left, Vector512<T> right) => left & right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> AndNot(Vector512<T> left, Vector512<T> right) => Vector512.AndNot(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> ScaleByPowerOfTwo(Vector512<T> value, Vector512<T> shiftedExponent)
    {
        if (typeof(T) == typeof(float))
        {
            return (value.AsUInt32() + (shiftedExponent.AsUInt32() << 23)).As<uint, T>();
        }

        return (value.AsUInt64() + (shiftedExponent.AsUInt64() << 52)).As<ulong, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> ScaleByPowerOfTwoInTwoSteps(Vector512<T> value, Vector512<T> shiftedExponent)
    {
        if (typeof(T) == typeof(float))
        {
            var n = shiftedExponent.AsInt32() - Vector512.Create(ExponentialConstants.SingleShifter).AsInt32();
            var half = Vector512.ShiftRightArithmetic(n, 1);
            var first = ((half + Vector512.Create(127)) << 23).AsSingle();
            var second = ((n - half + Vector512.Create(127)) << 23).AsSingle();
            return (value.AsSingle() * first * second).As<float, T>();
        }
        else
        {
            var n = shiftedExponent.AsInt64() - Vector512.Create(ExponentialConstants.DoubleShifter).AsInt64();
            var half = Vector512.ShiftRightArithmetic(n, 1);
            var first = ((half + Vector512.Create(1023L)) << 52).AsDouble();
            var second = ((n - half + Vector512.Create(1023L)) << 52).AsDouble();
            return (value.AsDouble() * first * second).As<double, T>();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> LanesFrom(int firstLane) =>
        Vector512.GreaterThanOrEqual(Vector512<T>.Indices, Vector512.Create(T.CreateTruncating(firstLane)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddLanes(Vector512<T> sum, Vector512<T> compensation, ref T totalSum, ref T totalCompensation)
    {
        // Fold the halves with an error-free sum first, so the 16 or 8 lanes cost a few vector
        // operations instead of one scalar two-sum each.
        var halfSum = sum.GetLower();
        var halfCompensation = compensation.GetLower() + compensation.GetUpper();
        CompensatedSum.Add<T, Vector256<T>, Vector256Operations<T>>(ref halfSum, ref halfCompensation, sum.GetUpper());
        Vector256Operations<T>.AddLanes(halfSum, halfCompensation, ref totalSum, ref totalCompensation);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double WideSum(Vector512<T> first, Vector512<T> second, Vector512<T> third, Vector512<T> fourth)
    {
        if (typeof(T) == typeof(float))
        {
            var (firstLower, firstUpper) = Vector512.Widen(first.AsSingle());
            var (secondLower, secondUpper) = Vector512.Widen(second.AsSingle());
            var (thirdLower, thirdUpper) = Vector512.Widen(third.AsSingle());
            var (fourthLower, fourthUpper) = Vector512.Widen(fourth.AsSingle());
            return Vector512.Sum(((firstLower + firstUpper) + (secondLower + secondUpper)) + ((thirdLower + thirdUpper) + (fourthLower + fourthUpper)));
        }

        return double.CreateTruncating(Vector512.Sum((first + second) + (third + fourth)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Vector512<T> value) => Vector512.Sum(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T MaxAcrossLanes(Vector512<T> value) => Vector256Operations<T>.MaxAcrossLanes(Vector256.MaxNative(value.GetLower(), value.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T MinAcrossLanes(Vector512<T> value) => Vector256Operations<T>.MinAcrossLanes(Vector256.MinNative(value.GetLower(), value.GetUpper()));
}

internal readonly struct Vector256Operations<T> : IVectorOperations<Vector256<T>, T>
    where T : IFloatingPointIeee754<T>
{
    public static bool IsAccelerated => Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported;

    public static int Count => Vector256<T>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Broadcast(T value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Constant(double value) =>
        typeof(T) == typeof(float) ? Vector256.Create((float)value).As<float, T>() : Vector256.Create(value).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Load(ref T source, nuint index) => Vector256.LoadUnsafe(ref source, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<T> value, ref T destination, nuint index) => value.StoreUnsafe(ref destination, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Add(Vector256<T> left, Vector256<T> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Subtract(Vector256<T> left, Vector256<T> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Multiply(Vector256<T> left, Vector256<T> right) => left * right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Divide(Vector256<T> left, Vector256<T> right) => left / right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> FusedMultiplyAdd(Vector256<T> left, Vector256<T> right, Vector256<T> addend)
    {
        if (typeof(T) == typeof(float))
        {
            return Vector256.FusedMultiplyAdd(left.AsSingle(), right.AsSingle(), addend.AsSingle()).As<float, T>();
        }

        return Vector256.FusedMultiplyAdd(left.AsDouble(), right.AsDouble(), addend.AsDouble()).As<double, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Abs(Vector256<T> value) => Vector256.Abs(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Negate(Vector256<T> value) => -value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Min(Vector256<T> left, Vector256<T> right) => Vector256.Min(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Max(Vector256<T> left, Vector256<T> right) => Vector256.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MaxNative(Vector256<T> left, Vector256<T> right) => Vector256.MaxNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MinNative(Vector256<T> left, Vector256<T> right) => Vector256.MinNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Equals(Vector256<T> left, Vector256<T> right) => Vector256.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllBitsSet(Vector256<T> value) => Vector256.EqualsAll(value.AsUInt32(), Vector256<uint>.AllBitsSet);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> LessThan(Vector256<T> left, Vector256<T> right) => Vector256.LessThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> LessThanOrEqual(Vector256<T> left, Vector256<T> right) => Vector256.LessThanOrEqual(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> ConditionalSelect(Vector256<T> mask, Vector256<T> whenTrue, Vector256<T> whenFalse) =>
        Vector256.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> And(Vector256<T> left, Vector256<T> right) => left & right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> AndNot(Vector256<T> left, Vector256<T> right) => Vector256.AndNot(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> ScaleByPowerOfTwo(Vector256<T> value, Vector256<T> shiftedExponent)
    {
        if (typeof(T) == typeof(float))
        {
            return (value.AsUInt32() + (shiftedExponent.AsUInt32() << 23)).As<uint, T>();
        }

        return (value.AsUInt64() + (shiftedExponent.AsUInt64() << 52)).As<ulong, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> ScaleByPowerOfTwoInTwoSteps(Vector256<T> value, Vector256<T> shiftedExponent)
    {
        if (typeof(T) == typeof(float))
        {
            var n = shiftedExponent.AsInt32() - Vector256.Create(ExponentialConstants.SingleShifter).AsInt32();
            var half = Vector256.ShiftRightArithmetic(n, 1);
            var first = ((half + Vector256.Create(127)) << 23).AsSingle();
            var second = ((n - half + Vector256.Create(127)) << 23).AsSingle();
            return (value.AsSingle() * first * second).As<float, T>();
        }
        else
        {
            var n = shiftedExponent.AsInt64() - Vector256.Create(ExponentialConstants.DoubleShifter).AsInt64();
            var half = Vector256.ShiftRightArithmetic(n, 1);
            var first = ((half + Vector256.Create(1023L)) << 52).AsDouble();
            var second = ((n - half + Vector256.Create(1023L)) << 52).AsDouble();
            return (value.AsDouble() * first * second).As<double, T>();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> LanesFrom(int firstLane) =>
        Vector256.GreaterThanOrEqual(Vector256<T>.Indices, Vector256.Create(T.CreateTruncating(firstLane)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddLanes(Vector256<T> sum, Vector256<T> compensation, ref T totalSum, ref T totalCompensation)
    {
        var halfSum = sum.GetLower();
        var halfCompensation = compensation.GetLower() + compensation.GetUpper();
        CompensatedSum.Add<T, Vector128<T>, Vector128Operations<T>>(ref halfSum, ref halfCompensation, sum.GetUpper());
        Vector128Operations<T>.AddLanes(halfSum, halfCompensation, ref totalSum, ref totalCompensation);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double WideSum(Vector256<T> first, Vector256<T> second, Vector256<T> third, Vector256<T> fourth)
    {
        if (typeof(T) == typeof(float))
        {
            var (firstLower, firstUpper) = Vector256.Widen(first.AsSingle());
            var (secondLower, secondUpper) = Vector256.Widen(second.AsSingle());
            var (thirdLower, thirdUpper) = Vector256.Widen(third.AsSingle());
            var (fourthLower, fourthUpper) = Vector256.Widen(fourth.AsSingle());
            return Vector256.Sum(((firstLower + firstUpper) + (secondLower + secondUpper)) + ((thirdLower + thirdUpper) + (fourthLower + fourthUpper)));
        }

        return double.CreateTruncating(Vector256.Sum((first + second) + (third + fourth)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Vector256<T> value) => Vector256.Sum(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T MaxAcrossLanes(Vector256<T> value) => Vector128Operations<T>.MaxAcrossLanes(Vector128.MaxNative(value.GetLower(), value.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T MinAcrossLanes(Vector256<T> value) => Vector128Operations<T>.MinAcrossLanes(Vector128.MinNative(value.GetLower(), value.GetUpper()));
}

internal readonly struct Vector128Operations<T> : IVectorOperations<Vector128<T>, T>
    where T : IFloatingPointIeee754<T>
{
    public static bool IsAccelerated => Vector128.IsHardwareAccelerated && Vector128<T>.IsSupported;

    public static int Count => Vector128<T>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Broadcast(T value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Constant(double value) =>
        typeof(T) == typeof(float) ? Vector128.Create((float)value).As<float, T>() : Vector128.Create(value).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Load(ref T source, nuint index) => Vector128.LoadUnsafe(ref source, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<T> value, ref T destination, nuint index) => value.StoreUnsafe(ref destination, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Add(Vector128<T> left, Vector128<T> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Subtract(Vector128<T> left, Vector128<T> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Multiply(Vector128<T> left, Vector128<T> right) => left * right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Divide(Vector128<T> left, Vector128<T> right) => left / right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> FusedMultiplyAdd(Vector128<T> left, Vector128<T> right, Vector128<T> addend)
    {
        if (typeof(T) == typeof(float))
        {
            return Vector128.FusedMultiplyAdd(left.AsSingle(), right.AsSingle(), addend.AsSingle()).As<float, T>();
        }

        return Vector128.FusedMultiplyAdd(left.AsDouble(), right.AsDouble(), addend.AsDouble()).As<double, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Abs(Vector128<T> value) => Vector128.Abs(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Negate(Vector128<T> value) => -value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Min(Vector128<T> left, Vector128<T> right) => Vector128.Min(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Max(Vector128<T> left, Vector128<T> right) => Vector128.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MaxNative(Vector128<T> left, Vector128<T> right) => Vector128.MaxNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MinNative(Vector128<T> left, Vector128<T> right) => Vector128.MinNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Equals(Vector128<T> left, Vector128<T> right) => Vector128.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllBitsSet(Vector128<T> value) => Vector128.EqualsAll(value.AsUInt32(), Vector128<uint>.AllBitsSet);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> LessThan(Vector128<T> left, Vector128<T> right) => Vector128.LessThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> LessThanOrEqual(Vector128<T> left, Vector128<T> right) => Vector128.LessThanOrEqual(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> ConditionalSelect(Vector128<T> mask, Vector128<T> whenTrue, Vector128<T> whenFalse) =>
        Vector128.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> And(Vector128<T> left, Vector128<T> right) => left & right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> AndNot(Vector128<T> left, Vector128<T> right) => Vector128.AndNot(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> ScaleByPowerOfTwo(Vector128<T> value, Vector128<T> shiftedExponent)
    {
        if (typeof(T) == typeof(float))
        {
            return (value.AsUInt32() + (shiftedExponent.AsUInt32() << 23)).As<uint, T>();
        }

        return (value.AsUInt64() + (shiftedExponent.AsUInt64() << 52)).As<ulong, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> ScaleByPowerOfTwoInTwoSteps(Vector128<T> value, Vector128<T> shiftedExponent)
    {
        if (typeof(T) == typeof(float))
        {
            var n = shiftedExponent.AsInt32() - Vector128.Create(ExponentialConstants.SingleShifter).AsInt32();
            var half = Vector128.ShiftRightArithmetic(n, 1);
            var first = ((half + Vector128.Create(127)) << 23).AsSingle();
            var second = ((n - half + Vector128.Create(127)) << 23).AsSingle();
            return (value.AsSingle() * first * second).As<float, T>();
        }
        else
        {
            var n = shiftedExponent.AsInt64() - Vector128.Create(ExponentialConstants.DoubleShifter).AsInt64();
            var half = Vector128.ShiftRightArithmetic(n, 1);
            var first = ((half + Vector128.Create(1023L)) << 52).AsDouble();
            var second = ((n - half + Vector128.Create(1023L)) << 52).AsDouble();
            return (value.AsDouble() * first * second).As<double, T>();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> LanesFrom(int firstLane) =>
        Vector128.GreaterThanOrEqual(Vector128<T>.Indices, Vector128.Create(T.CreateTruncating(firstLane)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddLanes(Vector128<T> sum, Vector128<T> compensation, ref T totalSum, ref T totalCompensation)
    {
        for (var lane = 0; lane < Vector128<T>.Count; lane++)
        {
            CompensatedSum.Add(ref totalSum, ref totalCompensation, sum.GetElement(lane));
            totalCompensation += compensation.GetElement(lane);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double WideSum(Vector128<T> first, Vector128<T> second, Vector128<T> third, Vector128<T> fourth)
    {
        if (typeof(T) == typeof(float))
        {
            var (firstLower, firstUpper) = Vector128.Widen(first.AsSingle());
            var (secondLower, secondUpper) = Vector128.Widen(second.AsSingle());
            var (thirdLower, thirdUpper) = Vector128.Widen(third.AsSingle());
            var (fourthLower, fourthUpper) = Vector128.Widen(fourth.AsSingle());
            return Vector128.Sum(((firstLower + firstUpper) + (secondLower + secondUpper)) + ((thirdLower + thirdUpper) + (fourthLower + fourthUpper)));
        }

        return double.CreateTruncating(Vector128.Sum((first + second) + (third + fourth)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(Vector128<T> value) => Vector128.Sum(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T MaxAcrossLanes(Vector128<T> value)
    {
        var result = value.GetElement(0);
        for (var lane = 1; lane < Vector128<T>.Count; lane++)
        {
            var element = value.GetElement(lane);
            result = element > result ? element : result;
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T MinAcrossLanes(Vector128<T> value)
    {
        var result = value.GetElement(0);
        for (var lane = 1; lane < Vector128<T>.Count; lane++)
        {
            var element = value.GetElement(lane);
            result = element < result ? element : result;
        }

        return result;
    }
}
