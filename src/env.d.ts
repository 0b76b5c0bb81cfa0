declare namespace App {
	interface Locals {
		/** The route data of the handbook (src/lib/handbook-route-data.ts), filled by src/middleware.ts. */
		handbook: import('./lib/handbook-route-data.ts').Handbook;
	}
}
