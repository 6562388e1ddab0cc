package org.elyte.io.biologic;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian reads from a byte array; callers check bounds first. */
final class Bytes {
    static final VarHandle F4 = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle F8 = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle I2 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle I4 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private Bytes() {
    }

    /** @return unsigned 32-bit little-endian value at {@code at} */
    static long u4(byte[] b, int at) {
        return Integer.toUnsignedLong((int) I4.get(b, at));
    }

    /** @return unsigned 16-bit little-endian value at {@code at} */
    static int u2(byte[] b, int at) {
        return Short.toUnsignedInt((short) I2.get(b, at));
    }

    /** @return unsigned 16-bit big-endian value at {@code at} */
    static int u2be(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    /** @return little-endian double at {@code at} */
    static double f8(byte[] b, int at) {
        return (double) F8.get(b, at);
    }

    /** @return little-endian float at {@code at} */
    static float f4(byte[] b, int at) {
        return (float) F4.get(b, at);
    }
}
