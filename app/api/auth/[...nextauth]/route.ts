import NextAuth from "next-auth";
import { authOptions } from "@/features/auth/options";

// next-auth's own endpoints (sign-in, callback, CSRF, sign-out): they are the authentication.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
